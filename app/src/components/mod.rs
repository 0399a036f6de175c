pub mod app_history;
pub mod checkbox_field;
pub mod copy_button;
pub mod error_page;
pub mod form;
pub mod layout;
pub mod text_area_field;
pub mod user_menu;
