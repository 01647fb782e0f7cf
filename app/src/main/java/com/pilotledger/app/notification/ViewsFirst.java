package com.pilotledger.app.notification;

import com.pilotledger.app.projection.ReadYourWrites;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Duration;

/**
 * A notification names its pilot, its request and the pilot's watchers as the views have them, and the notifications
 * processor reads the store beside the read models, often ahead of them under load. So each event waits until the
 * read models have processed it (bounded by {@code views-wait}); still behind after that (a rebuild, a stopped
 * processor), the batch fails and the processor tries it again later. Parking an event that is only early would leave
 * it to an administrator, and under load thousands of them filled the dead-letter queue until the processor stopped.
 * Not a bean, like {@link NotificationEpoch}: it is for the notifications processor alone.
 */
class ViewsFirst implements MessageHandlerInterceptor<EventMessage<?>> {

    /** Taken when the first event comes: the read-your-writes waits need the processors this helps configure. */
    private final ObjectProvider<ReadYourWrites> views;
    private final NotificationSettings settings;

    ViewsFirst(ObjectProvider<ReadYourWrites> views, NotificationSettings settings) {
        this.views = views;
        this.settings = settings;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> event
                && !views.getObject().awaitReadModels(event, settings.viewsWait())) {
            throw new ViewsBehindException(event, settings.viewsWait());
        }
        return interceptorChain.proceed();
    }

    /** The read models had not processed the event within the wait: the batch is tried again later. */
    static final class ViewsBehindException extends RuntimeException {

        ViewsBehindException(EventMessage<?> event, Duration wait) {
            super("The read models had not processed event " + event.getIdentifier() + " ("
                    + event.getPayloadType().getSimpleName() + ") within " + wait + "; its notifications wait for them");
        }
    }
}
