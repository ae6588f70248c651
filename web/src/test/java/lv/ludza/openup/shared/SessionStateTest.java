package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * The application is distributable (web.xml): a session and the views it holds are copied to another cluster node,
 * so everything a {@code @SessionScoped} or {@code @ViewScoped} bean keeps must be serializable, through every
 * field, element type and record component. A new bean joins this test by being a bean; a field of a
 * non-serializable type (a lambda's functional interface, an Optional, a service that is not a proxy) fails it.
 */
class SessionStateTest {

    private static final List<Class<? extends Annotation>> KEPT = List.of(SessionScoped.class, ViewScoped.class,
            ConversationScoped.class);
    /** Injected beans of these kinds are proxies, which serialize as a reference to the bean. */
    private static final List<Class<? extends Annotation>> PROXIED = List.of(Stateless.class, Singleton.class,
            Stateful.class, ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ViewScoped.class,
            ConversationScoped.class);

    /**
     * What Weld injects as a serializable proxy: its built-in beans of the current request and the {@code Instance}
     * to look a bean up with. (Jakarta Security's SecurityContext is not one: WildFly's holds an unserializable
     * resolver, so a view looks it up through an Instance when it needs it.)
     */
    private static final Set<Class<?>> CONTAINER_PROVIDED = Set.of(jakarta.servlet.http.HttpServletRequest.class,
            jakarta.servlet.http.HttpSession.class, jakarta.servlet.ServletContext.class, java.security.Principal.class,
            jakarta.enterprise.inject.Instance.class);

    @Test
    void everythingASessionOrViewKeepsIsSerializable() throws IOException {
        List<Class<?>> beans = beans();
        assertTrue(beans.size() > 40, "the screens' beans were found: " + beans.size());
        List<String> problems = new ArrayList<>();
        Set<Type> checked = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fields(bean, bean.getSimpleName(), checked, problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void fields(Class<?> type, String path, Set<Type> checked, List<String> problems) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.getName().startsWith("lv.ludza.openup.")) {
                return; // a library's class that says it is Serializable is trusted with its own fields
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String where = path + "." + field.getName();
                if ((field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class))
                        && PROXIED.stream().anyMatch(field.getType()::isAnnotationPresent)) {
                    continue;
                }
                if (field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class)
                        && field.getType().isInterface() && field.getType().getName().startsWith("lv.ludza.openup.")) {
                    continue; // an EJB's business interface: a proxy
                }
                if (field.isAnnotationPresent(Inject.class) && CONTAINER_PROVIDED.contains(field.getType())) {
                    continue;
                }
                type(field.getGenericType(), where, checked, problems);
            }
        }
    }

    private static void type(Type type, String where, Set<Type> checked, List<String> problems) {
        if (!checked.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            type(parameterized.getRawType(), where, checked, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                type(argument, where + "<>", checked, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            type(array.getGenericComponentType(), where + "[]", checked, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                type(bound, where, checked, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    type(bound, where, checked, problems);
                }
            }
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c == Object.class) {
                return;
            }
            if (c.isArray()) {
                type(c.getComponentType(), where + "[]", checked, problems);
                return;
            }
            // the collection interfaces: their implementations in java.util are serializable; the elements are checked
            boolean collection = c == List.class || c == Set.class || c == Map.class || c == Collection.class
                    || c == java.util.SortedMap.class || c == java.util.SortedSet.class;
            if (!collection && !Serializable.class.isAssignableFrom(c)) {
                problems.add(where + ": " + c.getName() + " is not Serializable");
                return;
            }
            if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    type(component.getGenericType(), where + "." + component.getName(), checked, problems);
                }
            } else if (!c.isEnum()) {
                fields(c, where, checked, problems);
            }
        }
    }

    /** Every session-, view- or conversation-scoped class of the web module. */
    private static List<Class<?>> beans() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.contains("$")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                    if (KEPT.stream().anyMatch(type::isAnnotationPresent)) {
                        beans.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return beans;
    }
}
