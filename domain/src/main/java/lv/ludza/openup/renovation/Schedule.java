package lv.ludza.openup.renovation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lv.ludza.openup.shared.RuleViolation;

/**
 * The schedule of the works' tasks with finish-to-start dependencies, as pure arithmetic on dates.
 * <p>
 * Days are <b>calendar days</b>, both ends of a task included (building sites of the project work Saturdays
 * and the contracts state calendar days). A task's duration is its planned end minus its planned start plus one.
 * Finish-to-start with no lag: a successor may start on the day after its predecessor's planned end at the
 * earliest; starting on or before that end breaks the dependency.
 * <p>
 * Critical path: a forward pass gives each task its early start (its planned start or the day after its latest
 * predecessor's early finish, whichever is later: planned starts act as "start no earlier than") and early finish;
 * the works finish on the latest early finish. A backward pass from that day gives late finish (the day before
 * the earliest late start of its successors, or the works' finish) and late start. Total float is late start minus
 * early start; tasks with no float are critical.
 */
public final class Schedule {

    /** A task as the schedule sees it: planned dates and the ids of the tasks it waits for. */
    public record Item(long id, String name, LocalDate start, LocalDate end, Set<Long> predecessors) {

        public Item {
            if (start == null || end == null) {
                throw new IllegalArgumentException("Planned dates are needed: " + name);
            }
            predecessors = Set.copyOf(predecessors);
        }

        long duration() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }
    }

    /** A dependency the dates break: the task starts on or before its predecessor's end. */
    public record Broken(long predecessorId, String predecessor, LocalDate predecessorEnd, long taskId, String task,
            LocalDate taskStart) {
    }

    /** Early and late dates of a task and its total float in days. */
    public record Timing(LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish,
            long totalFloat) {

        public boolean critical() {
            return totalFloat == 0;
        }
    }

    private final Map<Long, Item> items;
    private final List<Long> order;
    private final Map<Long, Timing> timings = new HashMap<>();
    private LocalDate finish;

    private Schedule(Map<Long, Item> items, List<Long> order) {
        this.items = items;
        this.order = order;
        passes();
    }

    /**
     * The schedule of these tasks.
     *
     * @throws RuleViolation {@code renovation.dependency.loop} (with the chain of names) when the dependencies go
     *         round in a circle
     * @throws IllegalArgumentException when a task waits for one that is not among them
     */
    public static Schedule of(Collection<Item> tasks) {
        Map<Long, Item> byId = new LinkedHashMap<>();
        tasks.stream().sorted(Comparator.comparing(Item::start).thenComparing(Item::id))
                .forEach(item -> byId.put(item.id(), item));
        for (Item item : byId.values()) {
            for (Long predecessor : item.predecessors()) {
                if (!byId.containsKey(predecessor)) {
                    throw new IllegalArgumentException("Unknown predecessor " + predecessor + " of " + item.name());
                }
            }
        }
        return new Schedule(byId, topological(byId));
    }

    /** Kahn's algorithm; what is left over sits on a loop. */
    private static List<Long> topological(Map<Long, Item> byId) {
        Map<Long, Integer> waiting = new HashMap<>();
        Map<Long, List<Long>> successors = new HashMap<>();
        for (Item item : byId.values()) {
            waiting.put(item.id(), item.predecessors().size());
            for (Long predecessor : item.predecessors()) {
                successors.computeIfAbsent(predecessor, k -> new ArrayList<>()).add(item.id());
            }
        }
        Deque<Long> ready = new ArrayDeque<>();
        byId.keySet().stream().filter(id -> waiting.get(id) == 0).forEach(ready::add);
        List<Long> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Long id = ready.poll();
            order.add(id);
            for (Long successor : successors.getOrDefault(id, List.of())) {
                if (waiting.merge(successor, -1, Integer::sum) == 0) {
                    ready.add(successor);
                }
            }
        }
        if (order.size() < byId.size()) {
            Long onLoop = byId.keySet().stream().filter(id -> !order.contains(id)).findFirst().orElseThrow();
            throw loop(byId, findLoop(byId, onLoop));
        }
        return order;
    }

    /** Following predecessors from a task that is not ordered always reaches a loop; returns it in finish order. */
    private static List<Long> findLoop(Map<Long, Item> byId, Long from) {
        List<Long> path = new ArrayList<>();
        Map<Long, Integer> seenAt = new HashMap<>();
        Long current = from;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            Long next = null;
            for (Long predecessor : new java.util.TreeSet<>(byId.get(current).predecessors())) {
                if (reaches(byId, predecessor, current)) {
                    next = predecessor;
                    break;
                }
            }
            current = next == null ? byId.get(current).predecessors().iterator().next() : next;
        }
        List<Long> cycle = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
        Collections.reverse(cycle);
        cycle.add(cycle.get(0));
        return cycle;
    }

    /** Whether {@code from} waits, directly or not, for {@code target}. */
    private static boolean reaches(Map<Long, Item> byId, Long from, Long target) {
        Deque<Long> todo = new ArrayDeque<>(List.of(from));
        Set<Long> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (id.equals(target)) {
                return true;
            }
            if (seen.add(id)) {
                todo.addAll(byId.get(id).predecessors());
            }
        }
        return false;
    }

    private static RuleViolation loop(Map<Long, Item> byId, List<Long> chain) {
        return RuleViolation.onField("predecessors", "renovation.dependency.loop",
                chain.stream().map(id -> byId.get(id).name()).collect(Collectors.joining(" → ")));
    }

    /**
     * Refuses a new dependency "{@code taskId} waits for {@code predecessorId}" that would wait for itself or close
     * a loop; nothing else is checked.
     *
     * @throws RuleViolation {@code renovation.dependency.self} or {@code renovation.dependency.loop} with the chain
     *         of names in finish-to-start order, e.g. "Design → Demolition → Design"
     */
    public static void requireNoLoop(Collection<Item> tasks, long taskId, long predecessorId) {
        Map<Long, Item> byId = tasks.stream().collect(Collectors.toMap(Item::id, item -> item, (a, b) -> a,
                LinkedHashMap::new));
        if (taskId == predecessorId) {
            throw RuleViolation.onField("predecessors", "renovation.dependency.self");
        }
        // breadth-first through the predecessor's predecessors: reaching the task closes a loop
        Map<Long, Long> cameFrom = new HashMap<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(predecessorId));
        cameFrom.put(predecessorId, null);
        while (!todo.isEmpty()) {
            Long id = todo.poll();
            if (id == taskId) {
                // the task, what waits for it, ..., the predecessor: execution order; then the task again
                List<Long> ordered = new ArrayList<>();
                for (Long at = id; at != null; at = cameFrom.get(at)) {
                    ordered.add(at);
                }
                ordered.add(taskId);
                throw loop(byId, ordered);
            }
            Item item = byId.get(id);
            if (item != null) {
                for (Long next : new java.util.TreeSet<>(item.predecessors())) {
                    if (!cameFrom.containsKey(next)) {
                        cameFrom.put(next, id);
                        todo.add(next);
                    }
                }
            }
        }
    }

    private void passes() {
        Map<Long, List<Long>> successors = new HashMap<>();
        for (Item item : items.values()) {
            for (Long predecessor : item.predecessors()) {
                successors.computeIfAbsent(predecessor, k -> new ArrayList<>()).add(item.id());
            }
        }
        Map<Long, LocalDate> earlyStart = new HashMap<>();
        Map<Long, LocalDate> earlyFinish = new HashMap<>();
        for (Long id : order) {
            Item item = items.get(id);
            LocalDate start = item.start();
            for (Long predecessor : item.predecessors()) {
                LocalDate after = earlyFinish.get(predecessor).plusDays(1);
                if (after.isAfter(start)) {
                    start = after;
                }
            }
            earlyStart.put(id, start);
            earlyFinish.put(id, start.plusDays(item.duration() - 1));
        }
        finish = earlyFinish.values().stream().max(Comparator.naturalOrder()).orElse(null);
        Map<Long, LocalDate> lateStart = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Long id = order.get(i);
            Item item = items.get(id);
            LocalDate lateFinish = finish;
            for (Long successor : successors.getOrDefault(id, List.of())) {
                LocalDate before = lateStart.get(successor).minusDays(1);
                if (before.isBefore(lateFinish)) {
                    lateFinish = before;
                }
            }
            LocalDate start = lateFinish.minusDays(item.duration() - 1);
            lateStart.put(id, start);
            timings.put(id, new Timing(earlyStart.get(id), earlyFinish.get(id), start, lateFinish,
                    ChronoUnit.DAYS.between(earlyStart.get(id), start)));
        }
    }

    /** The day the works finish at the earliest (latest early finish), null without tasks. */
    public LocalDate finish() {
        return finish;
    }

    public Timing timing(long id) {
        Timing timing = timings.get(id);
        if (timing == null) {
            throw new IllegalArgumentException("Not in the schedule: " + id);
        }
        return timing;
    }

    public boolean isCritical(long id) {
        return timing(id).critical();
    }

    /** The critical tasks in the order they are done (early start, then dependency order). */
    public List<Long> criticalPath() {
        return order.stream().filter(this::isCritical)
                .sorted(Comparator.comparing((Long id) -> timing(id).earlyStart()).thenComparing(order::indexOf))
                .toList();
    }

    /** Every dependency the planned dates break. */
    public List<Broken> broken() {
        return brokenAmong(items);
    }

    /**
     * The dependencies of one task (as predecessor or successor) that its new planned dates would break; the
     * schedule itself is not changed.
     */
    public List<Broken> brokenIfMoved(long id, LocalDate start, LocalDate end) {
        Item moving = items.get(id);
        if (moving == null) {
            throw new IllegalArgumentException("Not in the schedule: " + id);
        }
        Map<Long, Item> moved = new LinkedHashMap<>(items);
        moved.put(id, new Item(id, moving.name(), start, end, moving.predecessors()));
        return brokenAmong(moved).stream().filter(b -> b.taskId() == id || b.predecessorId() == id).toList();
    }

    private static List<Broken> brokenAmong(Map<Long, Item> byId) {
        List<Broken> broken = new ArrayList<>();
        for (Item item : byId.values()) {
            for (Long predecessorId : new java.util.TreeSet<>(item.predecessors())) {
                Item predecessor = byId.get(predecessorId);
                if (!item.start().isAfter(predecessor.end())) {
                    broken.add(new Broken(predecessorId, predecessor.name(), predecessor.end(), item.id(),
                            item.name(), item.start()));
                }
            }
        }
        return broken;
    }
}
