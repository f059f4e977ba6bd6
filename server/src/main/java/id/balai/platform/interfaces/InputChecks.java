package id.balai.platform.interfaces;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * Checks an input record's Bean Validation constraints ({@link Text}, {@link OneOf}, {@link Contact}, or any
 * standard one) and turns the first violation, in the order of the record's fields, into the API's error: a stable
 * code, a message in Bahasa Indonesia and in English from {@code ValidationMessages_id} and {@code _en}, and the
 * field (dotted for a nested record: {@code reporter.phone}). The code is the message key's first part
 * ({@code {INVALID_TYPE}}), or for a {@link Text} of the wrong length its own code or the side of the bounds it fell
 * off; a message without such a
 * key is {@code INVALID_INPUT}.
 */
@ApplicationScoped
public class InputChecks {
    private static final Pattern KEY_CODE = Pattern.compile("^\\{([A-Z][A-Z0-9_]*)(?:\\.[^}]*)?}$");
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Inject
    ValidatorFactory validators;

    public InputChecks() {
    }

    /** For tests: over a factory built outside the container. */
    public InputChecks(ValidatorFactory validators) {
        this.validators = validators;
    }

    /** Nothing when the input holds to its constraints; else the first violation as a 400 {@link DomainException}. */
    public <T> T valid(T input) {
        if (input == null) {
            return null;
        }
        Set<ConstraintViolation<T>> violations = validators.getValidator().validate(input);
        if (!violations.isEmpty()) {
            throw error(first(input.getClass(), violations));
        }
        return input;
    }

    /** The violation a citizen should fix first: the earliest field of the record, nested records alike. */
    static <T> ConstraintViolation<T> first(Class<?> type, Set<ConstraintViolation<T>> violations) {
        Comparator<List<Integer>> lexicographic = (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
        Comparator<ConstraintViolation<T>> byPlace = Comparator.comparing(v -> place(type, v.getPropertyPath()),
                lexicographic);
        return violations.stream().min(byPlace.thenComparing(v -> field(v.getPropertyPath()))).orElseThrow();
    }

    /** Where the path's field stands: its position in its record, level by level; unknown names last. */
    private static List<Integer> place(Class<?> type, Path path) {
        List<Integer> place = new java.util.ArrayList<>();
        Class<?> at = type;
        for (String name : field(path).split("\\.")) {
            RecordComponent[] components = at != null && at.isRecord() ? at.getRecordComponents()
                    : new RecordComponent[0];
            int i = Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(name);
            place.add(i < 0 ? Integer.MAX_VALUE : i);
            at = i < 0 ? null : components[i].getType();
        }
        return place;
    }

    /** The violation as the API's error, in both languages. */
    DomainException error(ConstraintViolation<?> v) {
        MessageInterpolator interpolator = validators.getMessageInterpolator();
        MessageInterpolator.Context context = context(v);
        String template = v.getMessageTemplate();
        Message message = Message.of(interpolator.interpolate(template, context, INDONESIAN),
                interpolator.interpolate(template, context, Locale.ENGLISH));
        return new DomainException(DomainException.Kind.INVALID, code(v), message, field(v.getPropertyPath()));
    }

    static String code(ConstraintViolation<?> v) {
        if (v.getConstraintDescriptor().getAnnotation() instanceof Text text
                && v.getMessageTemplate().startsWith("{TEXT_LENGTH.")) {
            return Text.Check.lengthCode(v.getInvalidValue(), text);
        }
        Matcher m = KEY_CODE.matcher(v.getMessageTemplate());
        return m.matches() ? m.group(1) : "INVALID_INPUT";
    }

    /** The property names of the path, dotted: {@code reporter.phone}; method and parameter nodes left out. */
    static String field(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .filter(n -> n.getKind() == jakarta.validation.ElementKind.PROPERTY && n.getName() != null)
                .map(Path.Node::getName).collect(Collectors.joining("."));
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> v) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <U> U unwrap(Class<U> type) {
                if (type.isInstance(this)) {
                    return type.cast(this);
                }
                throw new ValidationException("not available: " + type.getName());
            }
        };
    }
}
