package example.archfixture.kernel.values;

/** Fixture: a published value type of the kernel, which any module may use. */
public record Amount(long yen) {}
