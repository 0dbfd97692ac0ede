package jp.kikan.platform.internal.web;

import jp.kikan.platform.problem.ProblemException;

/**
 * The problem for a failure that only has an HTTP status: a request the servlet container (Tomcat) or Spring
 * Security's firewall refused before any controller saw it, or an error dispatch to {@code /error}. The client's
 * request is at fault for every 4xx; nothing here says which class or line failed.
 */
final class ContainerProblems {

    private ContainerProblems() {}

    static ProblemException of(int status) {
        return switch (status) {
            case 400 ->
                new ProblemException(
                        400,
                        "malformed-request",
                        "要求の URL またはヘッダーの形式が正しくありません。URL の日本語などの文字は UTF-8 でパーセントエンコードし"
                                + "（curl では -G --data-urlencode）、%2F（/）や %00 などの使えない文字を含めないでください。");
            case 401 -> new ProblemException(401, "unauthorized", "有効なアクセストークン（Bearer）が必要です。");
            case 403 -> ProblemException.forbidden("forbidden", "この操作を行う権限がありません。");
            case 404 -> ProblemException.notFound("指定された URL のリソースはありません。");
            case 405 -> new ProblemException(405, "method-not-allowed", "このメソッドはこの URL では使用できません。");
            case 406 -> new ProblemException(406, "not-acceptable", "Accept ヘッダーに対応する形式で応答できません。");
            case 408 -> new ProblemException(408, "request-timeout", "要求の受信が時間内に終わりませんでした。");
            case 413 -> new ProblemException(413, "payload-too-large", "要求本文が大きすぎます。");
            case 414 -> new ProblemException(414, "uri-too-long", "URL が長すぎます。");
            case 415 ->
                new ProblemException(415, "unsupported-media-type", "Content-Type は application/json を指定してください。");
            case 431 -> new ProblemException(431, "headers-too-large", "要求ヘッダーが大きすぎます。");
            default ->
                status >= 500
                        ? new ProblemException(status, "internal-error", "システムエラーが発生しました。時間をおいて再度お試しください。")
                        : new ProblemException(status, "malformed-request", "要求を処理できません（HTTP " + status + "）。");
        };
    }

    /** Spring Security's firewall refused the URL (a {@code ../} segment, {@code //}, {@code ;}, an encoded {@code %}). */
    static ProblemException rejectedUrl() {
        return new ProblemException(
                400, "invalid-url", "URL に使用できない文字または並び（../、//、;、%25、%2F、%00 など）が含まれています。正規化した URL で要求してください。");
    }
}
