package space.consortium.shared;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Every slot of the computation pool is taken and its queue is full. Maps to HTTP 429 with {@code Retry-After}, so
 * that the server keeps answering the registry while the running computations finish.
 */
public class Busy extends ErrorResponseException {

    public Busy(int running, int retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(running, retryAfterSeconds), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    }

    private static ProblemDetail problem(int running, int retryAfterSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "The server is running "
                + running + " computations, its most at once, and no more can wait; try again in "
                + retryAfterSeconds + " s");
        problem.setTitle("Too many computations");
        problem.setType(URI.create("urn:consortium:problem:busy"));
        return problem;
    }

    @Override
    public String getMessage() {
        return String.valueOf(getBody().getDetail());
    }
}
