/** Fixture: the kernel's published value types. */
@org.springframework.modulith.NamedInterface("values")
package example.archfixture.kernel.values;
