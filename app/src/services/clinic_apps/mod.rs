//! A clinic's settings for approved apps: the clinic administrator's gallery and the
//! opt-outs, opt-ins, activations and deactivations made from it.

mod change;
mod list;

pub use change::change_clinic_app;
pub use list::{list_clinic_gallery, load_clinic_app};
