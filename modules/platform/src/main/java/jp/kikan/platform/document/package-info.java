/**
 * 帳票 (printed statutory forms) as PDF: 住民票の写し, 認定通知書, 納税通知書 and the like, A4 portrait with Japanese
 * text in an embedded font (IPAex明朝, IPA Font License; docs/decisions/0007-pdf-documents-and-font.md).
 *
 * <p>{@link jp.kikan.platform.document.PdfDocument} lays out a title, paragraphs, 項目 | 内容 tables, listings
 * (世帯連記式: one row per person), right-aligned issue lines and notes, breaks pages and numbers them. No character
 * is ever dropped or replaced: text the font cannot show fails with a
 * {@link jp.kikan.platform.document.MissingGlyphException} before anything is rendered.
 */
@org.springframework.modulith.NamedInterface("document")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.document;
