//! One file per message the portal sends. To add one: create a file here with a struct of
//! the values the message needs, implement [`Template`](super::Template) for it, and build
//! its HTML with `escaped_html!`.

mod test_message;

pub use test_message::TestMessage;
