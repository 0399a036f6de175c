//! Errors of forms posted without JavaScript. The server sends the browser back to the form's
//! page with `__path` (the server function) and `__err` (the encoded error) in the query, and
//! each `ServerAction` for that server function starts with that error as its value.

use leptos::prelude::*;
use leptos::server::ServerActionError;

/// Provides the error in the current URL, if any, to the actions created after this call.
pub fn provide_form_error() {
    let Some(query) = current_query() else {
        return;
    };

    let mut path = None;
    let mut error = None;
    for pair in query.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("__path", value)) => path = Some(percent_decode(value)),
            Some(("__err", value)) => error = Some(percent_decode(value)),
            _ => {}
        }
    }

    if let (Some(path), Some(error)) = (path, error) {
        provide_context(ServerActionError::new(&path, &error));
    }
}

#[cfg(feature = "ssr")]
fn current_query() -> Option<String> {
    use_context::<http::request::Parts>().and_then(|parts| parts.uri.query().map(str::to_owned))
}

#[cfg(not(feature = "ssr"))]
fn current_query() -> Option<String> {
    window().location().search().ok()
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space, `%XX` a byte.
fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;

    while index < bytes.len() {
        match bytes[index] {
            b'+' => decoded.push(b' '),
            b'%' if index + 2 < bytes.len() => {
                match value
                    .get(index + 1..index + 3)
                    .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                {
                    Some(byte) => {
                        decoded.push(byte);
                        index += 2;
                    }
                    None => decoded.push(b'%'),
                }
            }
            byte => decoded.push(byte),
        }
        index += 1;
    }

    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn percent_decode_handles_escapes_and_plus() {
        assert_eq!(percent_decode("%2Fapi%2Fsign_in"), "/api/sign_in");
        assert_eq!(percent_decode("a+b%3D%3D"), "a b==");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
