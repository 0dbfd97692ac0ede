package jp.kikan.platform.parameter;

import java.util.regex.Pattern;

/**
 * The name of one 法定パラメータ: the module that owns it and its key inside the module's file, e.g.
 * {@code child-allowance} / {@code monthly-amount.under-3}.
 *
 * @param module kebab-case module name, the {@code module:} of the parameter file
 * @param key    dot-separated kebab-case key, unique within the module
 */
public record ParameterKey(String module, String key) {

    private static final Pattern MODULE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    public ParameterKey {
        if (!MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("module must be kebab-case, was '" + module + "'");
        }
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key must be dot-separated kebab-case, was '" + key + "'");
        }
    }

    /** Whether {@code key} is a well-formed parameter key (used by the loader to report the line). */
    static boolean isWellFormedKey(String key) {
        return KEY.matcher(key).matches();
    }

    /** Whether {@code module} is a well-formed module name. */
    static boolean isWellFormedModule(String module) {
        return MODULE.matcher(module).matches();
    }

    /** {@code module/key}, the form used in messages and reports. */
    @Override
    public String toString() {
        return module + "/" + key;
    }
}
