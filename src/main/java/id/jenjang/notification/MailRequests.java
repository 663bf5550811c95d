package id.jenjang.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Asks for a mail in the caller's transaction: the request exists exactly when the step that caused it commits,
 * and the sending happens later in its own job with retries. All mail asked for in one transaction forms one
 * batch, sent by one {@code mail-notification} instance: a single form submission gives a batch of one or two,
 * a page of a cycle opening a batch of hundreds, which would otherwise cost one process instance per mail.
 */
@Component
public class MailRequests {

    private final RuntimeService runtimeService;
    private final MailOutbox outbox;
    private final ObjectMapper json;

    public MailRequests(RuntimeService runtimeService, MailOutbox outbox, ObjectMapper json) {
        this.runtimeService = runtimeService;
        this.outbox = outbox;
        this.json = json;
    }

    public void request(String recipient, String template, Map<String, String> params) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        MailOutbox.Request request = new MailOutbox.Request(recipient, template, serialize(params));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            String batchId = startBatch();
            outbox.insert(batchId, List.of(request));
            return;
        }
        Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            batch = new Batch(startBatch());
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.requests.add(request);
    }

    private String startBatch() {
        String batchId = UUID.randomUUID().toString();
        runtimeService.startProcessInstanceByKey(MailNotificationProcess.KEY,
                Map.of(MailNotificationProcess.Variables.MAIL_BATCH.name(), batchId));
        return batchId;
    }

    private String serialize(Map<String, String> params) {
        try {
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mail parameters not serializable", e);
        }
    }

    /** The mail of one transaction, written with one batched insert just before it commits. */
    private final class Batch implements TransactionSynchronization {
        final String id;
        final List<MailOutbox.Request> requests = new ArrayList<>();

        Batch(String id) {
            this.id = id;
        }

        // an inner transaction (REQUIRES_NEW) must not add to this one's batch: unbind while it runs
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(MailRequests.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(MailRequests.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            outbox.insert(id, requests);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(MailRequests.this);
        }
    }
}
