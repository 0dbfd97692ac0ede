package jp.kikan.platform.time;

/**
 * Which imperial line used an era during the 南北朝時代 (1331–1392), ended by the 明徳の和約 (明徳3年閏10月5日).
 */
public enum Court {
    /** Used by the whole country (every era outside 1331–1392, and 元徳 and 建武, used by both lines). */
    BOTH,
    /** 南朝 (大覚寺統, 吉野): 元弘, 延元, 興国, 正平, 建徳, 文中, 天授, 弘和, 元中. */
    SOUTHERN,
    /** 北朝 (持明院統, 京都): 正慶, 暦応 … 明徳. */
    NORTHERN
}
