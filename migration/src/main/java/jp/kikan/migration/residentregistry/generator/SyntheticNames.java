package jp.kikan.migration.residentregistry.generator;

/**
 * Invented names and places for synthetic residents of the demo city 東京都若葉市 (団体コード 139998): common
 * surnames (with the 異体字 that legacy systems keep as 外字: 髙, 𠮷, 﨑, 辻 with an IVS), given names and their
 * readings, a few foreign name parts. Combinations are random; no real person is described.
 */
final class SyntheticNames {

    private SyntheticNames() {}

    /** 辻 with the variation selector U+E0100 (IVS), a 一点しんにょう form kept as a distinct character. */
    static final String TSUJI_IVS = "辻\uDB40\uDD00";

    static final String[][] FAMILY = {
        {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
        {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
        {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"},
        {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"清水", "シミズ"}, {"髙橋", "タカハシ"},
        {"齋藤", "サイトウ"}, {"渡邊", "ワタナベ"}, {"石川", "イシカワ"}, {"前田", "マエダ"}, {"𠮷田", "ヨシダ"},
        {"山﨑", "ヤマザキ"}, {TSUJI_IVS, "ツジ"}, {"長谷川", "ハセガワ"}, {"藤原", "フジワラ"}, {"岡田", "オカダ"}
    };

    static final String[][] MALE = {
        {"太郎", "タロウ"}, {"健太", "ケンタ"}, {"翔", "ショウ"}, {"大輔", "ダイスケ"}, {"誠", "マコト"},
        {"蓮", "レン"}, {"悠真", "ユウマ"}, {"陽翔", "ハルト"}, {"浩二", "コウジ"}, {"一郎", "イチロウ"},
        {"拓也", "タクヤ"}, {"直樹", "ナオキ"}, {"湊", "ミナト"}, {"大和", "ヤマト"}, {"修", "オサム"}
    };

    static final String[][] FEMALE = {
        {"花子", "ハナコ"}, {"陽子", "ヨウコ"}, {"美咲", "ミサキ"}, {"結衣", "ユイ"}, {"さくら", "サクラ"},
        {"葵", "アオイ"}, {"陽菜", "ヒナ"}, {"恵子", "ケイコ"}, {"由美", "ユミ"}, {"愛", "アイ"},
        {"芽依", "メイ"}, {"真由美", "マユミ"}, {"凛", "リン"}, {"千尋", "チヒロ"}, {"幸子", "サチコ"}
    };

    /** Foreign residents: 国籍・地域, family names, male and female given names, each {written, reading}. */
    static final class Nationality {
        private final String name;
        private final String[][] family;
        private final String[][] male;
        private final String[][] female;

        Nationality(String name, String[][] family, String[][] male, String[][] female) {
            this.name = name;
            this.family = family;
            this.male = male;
            this.female = female;
        }

        String name() {
            return name;
        }

        String[][] family() {
            return family;
        }

        String[][] male() {
            return male;
        }

        String[][] female() {
            return female;
        }
    }

    static final Nationality[] NATIONALITIES = {
        new Nationality(
                "ベトナム",
                new String[][] {{"ＮＧＵＹＥＮ", "グエン"}, {"ＴＲＡＮ", "チャン"}, {"ＰＨＡＭ", "ファム"}},
                new String[][] {{"ＶＡＮ　ＡＮ", "ヴァン　アン"}, {"ＭＩＮＨ", "ミン"}, {"ＤＵＣ", "ドゥック"}, {"ＨＵＮＧ", "フン"}},
                new String[][] {{"ＴＨＩ　ＨＯＡ", "ティ　ホア"}, {"ＬＡＮ", "ラン"}, {"ＭＡＩ", "マイ"}, {"ＴＨＵ", "トゥ"}}),
        new Nationality(
                "中国",
                new String[][] {{"王", "ワン"}, {"李", "リ"}, {"張", "チャン"}},
                new String[][] {{"偉", "ウェイ"}, {"強", "チアン"}, {"磊", "レイ"}, {"軍", "ジュン"}},
                new String[][] {{"娜", "ナ"}, {"静", "ジン"}, {"敏", "ミン"}, {"麗", "リー"}}),
        new Nationality(
                "フィリピン",
                new String[][] {{"ＳＡＮＴＯＳ", "サントス"}, {"ＲＥＹＥＳ", "レイエス"}, {"ＣＲＵＺ", "クルス"}},
                new String[][] {{"ＪＯＳＥ", "ホセ"}, {"ＭＡＲＫ", "マーク"}, {"ＰＡＵＬ", "ポール"}, {"ＪＯＨＮ", "ジョン"}},
                new String[][] {{"ＭＡＲＩＡ", "マリア"}, {"ＡＮＮＡ", "アンナ"}, {"ＲＯＳＥ", "ローズ"}, {"ＧＲＡＣＥ", "グレース"}}),
        new Nationality(
                "ネパール",
                new String[][] {{"ＧＵＲＵＮＧ", "グルン"}, {"ＴＨＡＰＡ", "タパ"}, {"ＲＡＩ", "ライ"}},
                new String[][] {{"ＲＡＪ", "ラジ"}, {"ＳＵＮＩＬ", "スニル"}, {"ＢＩＫＡＳＨ", "ビカシュ"}, {"ＡＭＩＴ", "アミット"}},
                new String[][] {{"ＳＩＴＡ", "シタ"}, {"ＧＩＴＡ", "ギタ"}, {"ＡＳＨＡ", "アシャ"}, {"ＲＩＴＡ", "リタ"}})
    };

    static final String[] STATUSES = {"永住者", "定住者", "技術・人文知識・国際業務", "家族滞在", "留学", "特定技能"};

    /** 町字 of the demo city: invented 町字コード, name, its 郵便番号 (invented). */
    static final String[][] TOWNS = {
        {"0001001", "中央一丁目", "1989901"}, {"0001002", "中央二丁目", "1989901"}, {"0002000", "本町", "1989902"},
        {"0003000", "緑町", "1989903"}, {"0004003", "桜ヶ丘三丁目", "1989904"}, {"0005000", "若葉台", "1989905"},
        {"0006001", "港南一丁目", "1989906"}, {"0007000", "大字東原", "1989907"}
    };

    /** Municipalities for 住登外者 and previous addresses: five-digit code, prefecture, municipality, invented 町字. */
    static final String[][] ELSEWHERE = {
        {"13104", "東京都", "新宿区", "西新宿"}, {"11203", "埼玉県", "川口市", "本町"},
        {"12204", "千葉県", "船橋市", "湊町"}, {"13201", "東京都", "八王子市", "明神町"},
        {"14204", "神奈川県", "鎌倉市", "小町"}
    };

    /** 住登外者 abroad: 国名コード (ISO 3166-1 numeric, our assumption), 国名等, invented address. */
    static final String[][] ABROAD = {
        {"840", "アメリカ合衆国", "カリフォルニア州サンノゼ市ファーストストリート１００"},
        {"276", "ドイツ", "ベルリン市ハウプトシュトラーセ１２"},
        {"036", "オーストラリア", "シドニー市ジョージストリート２５０"}
    };

    static final String[] HONSEKI = {
        "東京都若葉市中央一丁目１番地", "北海道札幌市中央区北一条西二丁目１番地", "大阪府大阪市北区梅田一丁目３番地", "福岡県福岡市博多区博多駅前二丁目１番地", "宮城県仙台市青葉区本町三丁目８番地"
    };
}
