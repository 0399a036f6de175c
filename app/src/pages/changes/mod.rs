//! API change notices: the public list, the administrator's publishing page, and the page
//! an e-mailed unsubscribe link opens.

mod changes_page;
mod publish_page;
mod unsubscribe_page;

pub use changes_page::ChangesPage;
pub use publish_page::PublishChangeNoticePage;
pub use unsubscribe_page::UnsubscribePage;
