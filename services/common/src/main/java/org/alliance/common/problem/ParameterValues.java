package org.alliance.common.problem;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts parameter text as JAX-RS does (primitives, enums, and types with a static
 * {@code valueOf}, {@code fromString} or {@code parse} method or a String constructor; lists,
 * sets and optionals of those), only to tell which value does not convert and why.
 */
final class ParameterValues {

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private ParameterValues() {
    }

    /** Why the first of {@code values} that {@code type} cannot hold fails, if one fails. */
    static Optional<String> firstFailure(Type type, List<String> values) {
        Class<?> target = elementClass(type);
        if (target == null) {
            return Optional.empty();
        }
        for (String value : values) {
            if (!converts(target, value)) {
                return Optional.of(target.isEnum() ? "must be one of " + Arrays.toString(target.getEnumConstants())
                        : "cannot read \"" + value + "\" as " + target.getSimpleName());
            }
        }
        return Optional.empty();
    }

    /** The class each value becomes: the type itself, or the element of a list, set or optional. */
    private static Class<?> elementClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static boolean converts(Class<?> target, String value) {
        Class<?> type = WRAPPERS.getOrDefault(target, target);
        if (type == String.class || type == Object.class || type == CharSequence.class) {
            return true;
        }
        if (type == Character.class) {
            return value.length() == 1;
        }
        try {
            for (String factory : List.of("fromString", "valueOf", "parse")) {
                Method m = staticFactory(type, factory);
                if (m != null) {
                    m.invoke(null, value);
                    return true;
                }
            }
            type.getConstructor(String.class).newInstance(value);
            return true;
        } catch (InvocationTargetException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            // a type converted some other way (a ParamConverter): this check cannot judge it
            return true;
        }
    }

    private static Method staticFactory(Class<?> type, String name) {
        for (Class<?> argument : List.of(String.class, CharSequence.class)) {
            try {
                Method m = type.getMethod(name, argument);
                if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }
}
