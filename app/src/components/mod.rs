pub mod error_page;
pub mod form;
pub mod layout;
pub mod user_menu;
