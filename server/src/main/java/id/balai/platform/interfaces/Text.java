package id.balai.platform.interfaces;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text field of {@code min} to {@code max} characters once trimmed; nothing at all counts as 0 characters, so a
 * {@code min} above 0 makes it required, and {@code optional} lets it be left out. The error is
 * {@code TEXT_TOO_SHORT} or {@code TEXT_TOO_LONG} (the side it fell off), with the message of the field's
 * {@code label} in {@code ValidationMessages_id/_en.properties} ({@code TEXT_LENGTH.<label>}).
 */
@Documented
@Constraint(validatedBy = Text.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {
    int min() default 0;

    int max();

    /** The key of the field's message: {@code TEXT_LENGTH.<label>}. */
    String label();

    /** Left out (null or blank) is accepted whatever {@code min} says. */
    boolean optional() default false;

    /**
     * The code of a required field left out, when it has its own ({@code FIELD_REQUIRED}): its message is then
     * {@code <blank>.<label>}. Empty: left out is too short.
     */
    String blank() default "";

    /** The code of a length out of bounds, when not {@code TEXT_TOO_SHORT} or {@code TEXT_TOO_LONG}. */
    String code() default "";

    /** Unused: the message is the label's, {@code TEXT_LENGTH.<label>}. */
    String message() default "{TEXT_LENGTH}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Trims, then compares the length with the bounds; chooses the code by the side it fell off. */
    class Check implements ConstraintValidator<Text, String> {
        private Text text;

        @Override
        public void initialize(Text constraint) {
            this.text = constraint;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty() && text.optional()) {
                return true;
            }
            if (v.length() >= text.min() && v.length() <= text.max()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            String key = v.isEmpty() && !text.blank().isEmpty() ? text.blank() : "TEXT_LENGTH";
            context.buildConstraintViolationWithTemplate("{" + key + "." + text.label() + "}")
                    .addConstraintViolation();
            return false;
        }

        /** The error code of a length this constraint refused: its own, or the side of the bounds it fell off. */
        static String lengthCode(Object refused, Text constraint) {
            if (!constraint.code().isEmpty()) {
                return constraint.code();
            }
            return (refused == null ? 0 : refused.toString().strip().length()) < constraint.min() ? "TEXT_TOO_SHORT"
                    : "TEXT_TOO_LONG";
        }
    }
}
