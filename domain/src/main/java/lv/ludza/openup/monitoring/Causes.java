package lv.ludza.openup.monitoring;

/** The cause a failing check names: the innermost exception's type and message. */
final class Causes {

    private Causes() {
    }

    static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
