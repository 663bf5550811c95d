package id.jenjang.csvimport;

import java.util.List;

/** Thrown before anything is written (or inside the transaction, which then rolls back). */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super(errors.size() + " error(s) in import, first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
