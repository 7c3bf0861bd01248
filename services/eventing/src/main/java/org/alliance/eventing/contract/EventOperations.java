package org.alliance.eventing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.EventHandler;
import org.alliance.events.EventType;

/**
 * Holds a service to its operations in {@code asyncapi.yaml}: every {@code send} operation tagged with
 * the service and not {@code x-planned} lists exactly the event types its code records, and every such
 * {@code receive} operation exactly the types its {@link EventHandler}s dispatch. What the code records
 * is read from its compiled classes: a class that calls the constructor of an {@link EventType} record
 * records that type (services build payload records only to record them). A service's test calls
 * {@link #mismatches} with its handler beans; an empty list means document and code agree.
 */
public final class EventOperations {

    private EventOperations() {
    }

    /** Each disagreement between {@code service}'s code (its classes under {@code classes}, its handlers) and the document. */
    public static List<String> mismatches(String service, Path classes, Iterable<EventHandler> handlers) {
        EventChannels contract = EventChannels.classpath();
        List<String> found = new ArrayList<>();
        Map<String, String> recorded = recordedTypes(classes);
        Map<String, String> handled = new TreeMap<>();
        handlers.forEach(h -> h.events().types().forEach(t -> handled.put(t, h.consumerName())));
        compare(service, "send", declared(contract, service, "send"), recorded, "records", found);
        compare(service, "receive", declared(contract, service, "receive"), handled, "handles", found);
        if (recorded.containsKey(DomainEvent.class.getName())) {
            found.add(service + ": " + recorded.get(DomainEvent.class.getName()) + " builds a DomainEvent, naming a topic of"
                    + " its own; record the payload record instead, the outbox finds its topic");
        }
        return found;
    }

    /**
     * The event types the service's non-planned operations of {@code action} carry: the messages each
     * lists, or all its channel's messages when it lists none.
     */
    public static Map<String, String> declared(EventChannels contract, String service, String action) {
        Map<String, String> types = new TreeMap<>();
        JsonNode document = contract.document();
        document.path("operations").fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            boolean ours = false;
            for (JsonNode tag : operation.path("tags")) {
                ours |= service.equals(tag.path("name").asText());
            }
            if (!ours || !action.equals(operation.path("action").asText()) || operation.path("x-planned").asBoolean(false)) {
                return;
            }
            JsonNode messages = operation.path("messages");
            if (messages.isEmpty()) {
                messages = document.at(operation.path("channel").path("$ref").asText("#/").substring(1)).path("messages");
            }
            messages.forEach(m -> {
                String ref = m.path("$ref").asText("");
                JsonNode message = document.at(ref.substring(1));
                while (message.has("$ref")) {
                    message = document.at(message.path("$ref").asText().substring(1));
                }
                types.put(message.path("name").asText(), op.getKey());
            });
        });
        return types;
    }

    private static void compare(String service, String action, Map<String, String> declared, Map<String, String> code,
            String verb, List<String> found) {
        declared.forEach((type, operation) -> {
            if (!code.containsKey(type)) {
                found.add(service + ": operation " + operation + " (" + action + ") carries " + type + ", but no code of the"
                        + " service " + verb + " it: implement it, or mark the operation x-planned");
            }
        });
        code.forEach((type, where) -> {
            if (!type.equals(DomainEvent.class.getName()) && !declared.containsKey(type)) {
                found.add(service + ": " + where + " " + verb + " " + type + ", but no " + action + " operation of the service"
                        + " that is not x-planned carries it");
            }
        });
    }

    /**
     * Event type to the first class (under {@code classes}) that constructs its record; also
     * {@link DomainEvent}'s class name when some class constructs one.
     */
    public static Map<String, String> recordedTypes(Path classes) {
        if (!Files.isDirectory(classes)) {
            throw new IllegalArgumentException(classes.toAbsolutePath() + " holds no compiled classes");
        }
        Map<String, String> types = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceFirst("\\.class$", "");
                try (InputStream in = Files.newInputStream(file)) {
                    for (String constructed : ConstantPool.constructedClasses(in)) {
                        String type = eventType(constructed);
                        if (type != null) {
                            types.putIfAbsent(type, name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    private static String eventType(String className) {
        if (className.equals(DomainEvent.class.getName())) {
            return className;
        }
        if (!className.startsWith("org.alliance.")) {
            return null;
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            EventType type = Class.forName(className, false, loader == null ? EventOperations.class.getClassLoader() : loader)
                    .getAnnotation(EventType.class);
            return type == null ? null : type.value();
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // not loadable here, so not a payload record the library could record
        }
    }

    /** Reads just enough of a class file: the classes whose constructors its code calls. */
    static final class ConstantPool {

        private ConstantPool() {
        }

        static Set<String> constructedClasses(InputStream stream) throws IOException {
            DataInputStream in = new DataInputStream(stream);
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            int[][] methodRefs = new int[count][];
            int[][] nameAndTypes = new int[count][];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames[i] = in.readUnsignedShort();
                    case 10 -> methodRefs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 12 -> nameAndTypes[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 11, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // eight-byte constants take two slots
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            Set<String> constructed = new TreeSet<>();
            for (int[] ref : methodRefs) {
                if (ref == null) {
                    continue;
                }
                String owner = utf8[classNames[ref[0]]].replace('/', '.');
                String method = utf8[nameAndTypes[ref[1]][0]];
                // DomainEvent.of builds one as surely as its constructor does
                if ("<init>".equals(method) || owner.equals(DomainEvent.class.getName()) && "of".equals(method)) {
                    constructed.add(owner);
                }
            }
            return constructed;
        }
    }
}
