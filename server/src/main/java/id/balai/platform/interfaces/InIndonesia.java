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
 * A point given as a pair, inside Indonesia's bounding box (latitude -11.5 to 6.5, longitude 94.5 to 141.5), or no
 * point at all: {@code INVALID_COORDINATES} on {@code latitude}. On an input that is {@link Located}.
 */
@Documented
@Constraint(validatedBy = InIndonesia.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InIndonesia {
    String message() default "{INVALID_COORDINATES}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** An input with an optional point. */
    interface Located {
        Double latitude();

        Double longitude();
    }

    class Check implements ConstraintValidator<InIndonesia, Located> {
        @Override
        public boolean isValid(Located in, ConstraintValidatorContext context) {
            Double lat = in.latitude();
            Double lon = in.longitude();
            boolean ok = lat == null && lon == null || lat != null && lon != null && lat >= -11.5 && lat <= 6.5
                    && lon >= 94.5 && lon <= 141.5;
            if (!ok) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("latitude").addConstraintViolation();
            }
            return ok;
        }
    }
}
