package jp.kikan.platform.document;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What the PDF says about itself in its document information: the 文書名 (title, shown by viewers instead of the file
 * name), the author (作成者: the issuing 地方公共団体, e.g. 東京都若葉市) and the creation time (作成日時).
 *
 * @param title the document's name, e.g. 住民票の写し
 * @param author the issuing municipality
 * @param created when the document was made (pass the request's clock, not the time of a later re-print)
 */
public record DocumentInfo(String title, String author, ZonedDateTime created) {

    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        if (title.isBlank() || author.isBlank()) {
            throw new IllegalArgumentException("A document needs a title and an author");
        }
    }
}
