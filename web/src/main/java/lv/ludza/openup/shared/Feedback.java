package lv.ludza.openup.shared;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import lv.ludza.openup.security.AccessRefused;

/**
 * Messages on the screen: a success note, or a broken rule next to the field it concerns. The input the user
 * typed stays on the screen because nothing is re-read after a failure.
 */
public final class Feedback {

    private Feedback() {
    }

    /** Built once, on first use. */
    private static final class Validators {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** A warning for the form: what was done is done, but the user should know (e.g. an event outside the project). */
    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /**
     * An error shown beside the input with this id (searched in the whole view), or for the form; the request
     * counts as failed validation, so dialogs stay open and nothing moves on.
     */
    public static void fieldError(String fieldId, String key, Object... arguments) {
        add(clientId(fieldId), FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** An error beside the input with this client id (a row's input in a table), or for the form when null. */
    public static void errorAt(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A rule the service refused: beside its field when it names one, else at the top of the form. */
    public static void show(RuleViolation violation) {
        fieldError(violation.getField(), violation.getKey(), violation.getArguments());
    }

    /** Runs a service call, turning refusals into messages; returns whether it succeeded. */
    public static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuleViolation violation) {
            show(violation);
        } catch (AccessRefused refused) {
            fieldError(null, refused.getKey(), refused.getArguments());
        } catch (EJBAccessException denied) {
            fieldError(null, "error.denied.text");
        }
        return false;
    }

    /**
     * Checks an object's Bean Validation constraints in the screen's language; each problem is shown beside
     * the input whose id is the property's name. Returns whether all is well.
     */
    public static boolean validate(Object bean) {
        Locale locale = Texts.currentLocale();
        ValidatorFactory factory = Validators.FACTORY;
        MessageInterpolator base = factory.getMessageInterpolator();
        Validator validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        }).getValidator();
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        for (ConstraintViolation<Object> violation : violations) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(),
                    violation.getMessage());
            addOnce(clientId(field), message);
        }
        if (!violations.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return violations.isEmpty();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Texts.get(key, arguments);
        addOnce(clientId, new FacesMessage(severity, text, text));
    }

    /** A message is said once: the same text for the same place (or the form) again in one request is dropped. */
    private static void addOnce(String clientId, FacesMessage message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Iterator<FacesMessage> already = faces.getMessages(clientId);
        while (already.hasNext()) {
            FacesMessage said = already.next();
            if (said.getSeverity() == message.getSeverity() && java.util.Objects.equals(said.getSummary(),
                    message.getSummary())) {
                return;
            }
        }
        faces.addMessage(clientId, message);
    }

    /**
     * The client id of the input with this id: looked for in the submitted form first (a page may have the
     * same field in two dialogs), then in the whole page; rendered components only.
     */
    private static String clientId(String fieldId) {
        if (fieldId == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent submittedForm = find(faces, faces.getViewRoot(),
                c -> c instanceof UIForm form && form.isSubmitted());
        UIComponent found = submittedForm == null ? null : find(faces, submittedForm, c -> fieldId.equals(c.getId()));
        if (found == null) {
            found = find(faces, faces.getViewRoot(), c -> fieldId.equals(c.getId()));
        }
        return found == null ? null : found.getClientId(faces);
    }

    private static UIComponent find(FacesContext faces, UIComponent root, Predicate<UIComponent> wanted) {
        UIComponent[] found = new UIComponent[1];
        root.visitTree(VisitContext.createVisitContext(faces, null, Set.of(VisitHint.SKIP_UNRENDERED)),
                (context, target) -> {
                    if (wanted.test(target)) {
                        found[0] = target;
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
        return found[0];
    }
}
