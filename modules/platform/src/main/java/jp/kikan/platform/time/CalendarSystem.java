package jp.kikan.platform.time;

/**
 * The calendar a 和暦 date is written in. Japan used the lunisolar 旧暦 (太陰太陽暦, last 天保暦) until 明治5年12月2日
 * and the Gregorian 太陽暦 from 明治6年1月1日 (1873-01-01), 明治5年太政官布告第337号 (改暦ノ布告).
 */
public enum CalendarSystem {
    /** 旧暦: month and day as recorded; the western year is reliable, the exact Gregorian day is not known here. */
    LUNISOLAR,
    /** 太陽暦 (グレゴリオ暦), from 1873-01-01. */
    GREGORIAN
}
