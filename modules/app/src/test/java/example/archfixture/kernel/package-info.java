/** Fixture: a closed kernel like the platform, publishing only its named interface {@code values}. */
@org.springframework.modulith.ApplicationModule(displayName = "kernel")
package example.archfixture.kernel;
