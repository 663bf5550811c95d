package id.jenjang.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A rejected form submission. Thrown from an execution listener on the end of a user task (not a task
 * listener: the engine wraps those exceptions, losing the type) it rolls the completion back, so the task
 * stays open with nothing changed; the REST API answers 400 with the message and Tasklist shows it.
 * The message is read by civil servants, so it is in Bahasa Indonesia and names the field.
 */
public class FormValidation extends FormFieldValidationException {

    public FormValidation(String field, String message) {
        super(field, field + ": " + message);
    }
}
