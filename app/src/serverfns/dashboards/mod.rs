mod load_workspace;

pub use load_workspace::{load_workspace, Workspace};
