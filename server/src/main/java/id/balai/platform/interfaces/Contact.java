package id.balai.platform.interfaces;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import id.balai.platform.domain.PhoneNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A way to reach a citizen, when given (left out is accepted): a phone number Balai can send to
 * ({@code INVALID_PHONE}), or an e-mail address of at most 200 characters ({@code INVALID_EMAIL}).
 */
@Documented
@Constraint(validatedBy = Contact.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Contact {
    Kind value();

    String message() default "{INVALID_CONTACT}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        PHONE, EMAIL
    }

    class Check implements ConstraintValidator<Contact, String> {
        private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
        private static final int MAX_EMAIL = 200;
        private Kind kind;

        @Override
        public void initialize(Contact constraint) {
            this.kind = constraint.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            boolean ok = kind == Kind.PHONE ? PhoneNumber.parse(value).isPresent()
                    : value.strip().length() <= MAX_EMAIL && EMAIL.matcher(value.strip()).matches();
            if (!ok) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(kind == Kind.PHONE ? "{INVALID_PHONE}" : "{INVALID_EMAIL}")
                        .addConstraintViolation();
            }
            return ok;
        }
    }
}
