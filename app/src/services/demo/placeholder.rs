//! Placeholder identity documents: one-page PDF files marked as demo placeholders, so the
//! demo stores no image of anyone's papers.

/// Builds a valid one-page PDF 1.7 file that shows `title` and a line saying it is demo
/// data. Parentheses and backslashes in `title` are escaped as PDF string syntax requires.
/// `title` should be printable ASCII, because the page uses the standard Helvetica font.
pub fn placeholder_pdf(title: &str) -> Vec<u8> {
    let escaped = title
        .replace('\\', "\\\\")
        .replace('(', "\\(")
        .replace(')', "\\)");
    let content = format!(
        "BT /F1 18 Tf 72 720 Td ({escaped}) Tj 0 -28 Td /F1 12 Tf \
         (Placeholder document loaded with the demo data.) Tj ET"
    );
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
         /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];

    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (index, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", index + 1).as_bytes());
    }

    // Each cross-reference entry is exactly 20 bytes, its line break included.
    let xref_offset = pdf.len();
    let mut xref = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for offset in offsets {
        xref.push_str(&format!("{offset:010} 00000 n \n"));
    }
    pdf.extend_from_slice(xref.as_bytes());
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref_offset}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document_format::DocumentFormat;

    #[test]
    fn placeholder_pdf_passes_content_check() {
        let pdf = placeholder_pdf("EIN letter (demo)");

        assert_eq!(DocumentFormat::detect(&pdf[..8]), Some(DocumentFormat::Pdf));
        assert!(pdf.ends_with(b"%%EOF\n"));
    }

    #[test]
    fn placeholder_pdf_xref_points_at_objects() {
        let pdf = placeholder_pdf("Driver's license");
        let text = String::from_utf8(pdf.clone()).unwrap();
        let xref_at: usize = text
            .rsplit("startxref\n")
            .next()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .parse()
            .unwrap();

        assert!(text[xref_at..].starts_with("xref\n"));
        let first_entry = text[xref_at..].lines().nth(3).unwrap();
        let first_object: usize = first_entry[..10].parse().unwrap();
        assert!(text[first_object..].starts_with("1 0 obj"));
    }
}
