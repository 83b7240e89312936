package space.consortium.shared;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A computation was stopped before it finished: its client disconnected or its time limit was reached. Maps to HTTP
 * 422 (a client that has gone sees nothing). The message says which limit, and how to stay within it.
 */
public class Cancelled extends ErrorResponseException {

    public Cancelled(String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(message), null);
    }

    private static ProblemDetail problem(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message);
        problem.setTitle("Computation stopped");
        problem.setType(URI.create("urn:consortium:problem:computation-stopped"));
        return problem;
    }

    @Override
    public String getMessage() {
        return String.valueOf(getBody().getDetail());
    }
}
