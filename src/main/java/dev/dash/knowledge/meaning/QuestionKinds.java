package dev.dash.knowledge.meaning;

/**
 * What kind of message a question is, by the patterns of {@code meaning/english.yaml}: the router asks who should
 * answer it, and the fast path whether a validated query may.
 */
public final class QuestionKinds {

    private static final English EN = English.get();

    private QuestionKinds() {
    }

    /** A greeting, thanks, or a question about Dash itself. */
    public static boolean social(String question) {
        return EN.social.matcher(question.strip()).find();
    }

    /** A request to build, replace or drop a view or table. */
    public static boolean buildRequest(String question) {
        return EN.build.matcher(question.strip()).find();
    }

    /** Several questions or steps in one message. */
    public static boolean multiPart(String question) {
        return EN.multiPart.matcher(question.strip()).find();
    }

    /** Opens as a plain data question does ("how many", "which", "show"). */
    public static boolean opensAsDataQuestion(String question) {
        return EN.dataQuestion.matcher(question.strip()).find();
    }

    /** Points back at the conversation ("that plan", "those customers", "and ... it?"). */
    public static boolean refersBack(String question) {
        return EN.refersBack.matcher(question.strip()).find();
    }

    /** A change request or a request for advice: never answered from a validated query alone. */
    public static boolean neverKnown(String question) {
        return EN.change.matcher(question.strip()).find() || EN.advice.matcher(question).find();
    }
}
