package id.balai.reporting.domain;

/** A case as the oversight reports name it: its tracking number and title, nothing about the reporter. */
public record CaseRef(String trackingNumber, String title) {
}
