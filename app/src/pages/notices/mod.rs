//! The Notice of Non-Conformance as a document its developers and reviewers read and print.

mod notice_page;

pub use notice_page::NoticePage;
