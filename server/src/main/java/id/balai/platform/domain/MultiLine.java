package id.balai.platform.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an input text that may span lines (a description, a note, a reason): tab, line feed and carriage return
 * are allowed in it. Every other text an input carries is single-line and may hold no control character at all
 * ({@link InputText}). On a record component, or on a query or form parameter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface MultiLine {
}
