package id.balai.register.domain;

/** The forms in which an item is available (Perbup Pasal 17(1)f). */
public enum AvailableForm {
    /** Printed (hardcopy). */
    HARDCOPY,
    /** An electronic file (softcopy). */
    SOFTCOPY,
    /** On the website. */
    WEBSITE,
    /** Audio or video recording. */
    AUDIOVISUAL
}
