package id.balai.platform.interfaces;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A code field that must be one of {@code value} or of the names of the enum {@code codes} (trimmed); left out is
 * accepted when {@code optional}. The message key names the error code: {@code {INVALID_TYPE}}.
 */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
    /** The accepted codes, when they are not an enum's names. */
    String[] value() default {};

    /** An enum whose names are the accepted codes (with {@code value}, if any). */
    @SuppressWarnings("rawtypes")
    Class<? extends Enum> codes() default Enum.class;

    boolean optional() default false;

    /** Compared in capitals: {@code individual} is {@code INDIVIDUAL}. */
    boolean ignoreCase() default false;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneOf, String> {
        private OneOf oneOf;
        private java.util.Set<String> accepted;

        @Override
        public void initialize(OneOf constraint) {
            this.oneOf = constraint;
            java.util.Set<String> all = new java.util.HashSet<>(Arrays.asList(constraint.value()));
            if (constraint.codes() != Enum.class) {
                Arrays.stream(constraint.codes().getEnumConstants()).map(e -> ((Enum<?>) e).name()).forEach(all::add);
            }
            this.accepted = java.util.Set.copyOf(all);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return oneOf.optional();
            }
            return accepted.contains(oneOf.ignoreCase() ? value.strip().toUpperCase(java.util.Locale.ROOT)
                    : value.strip());
        }
    }
}
