mod gallery_app_page;
mod gallery_page;
mod search_form;

pub use gallery_app_page::GalleryAppPage;
pub use gallery_page::GalleryPage;
pub(crate) use search_form::{gallery_query, SearchForm};
