package lv.ludza.openup.shared;

/**
 * The record was saved by someone else since it was opened: nothing is written, the user's input stays on
 * the screen and they are told who changed it.
 */
public class ConcurrentChangeException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String changedBy) {
        super("error.concurrentChange", changedBy);
    }
}
