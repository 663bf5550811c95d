package id.jenjang.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The grammar an expression ({@code ${...}} or {@code #{...}}) in a model may use, checked before the engine
 * ever sees it: variable names, literals, operators, parentheses, and calls or property reads on the beans in
 * {@link ModelBeans} only. JUEL resolves a method on whatever object an expression reaches, so
 * {@code execution.getProcessEngineServices()} or {@code ''.getClass().forName(...)} would be code from data;
 * here nothing may follow a dot except an allowed member of an allowed bean, and a call's result may not be
 * dereferenced. Variables, {@code execution} included, may be passed as arguments: the bean receiving them is
 * Jenjang code. Brackets, assignment, lambdas, {@code ;} and namespaced functions are refused outright.
 */
final class ExpressionCheck {

    /** Where the text stands in the model. */
    enum Use {
        /** any attribute or text: every expression in it must fit the grammar */
        VALUE,
        /** delegateExpression: exactly {@code ${bean}}, an allowed bean */
        DELEGATE,
        /** a listener's or service task's expression: exactly one call or read on an allowed bean */
        BEAN_CALL
    }

    private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le",
            "ge", "div", "mod", "empty", "instanceof");
    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");

    private ExpressionCheck() {
    }

    /** Whether the text holds an expression at all. */
    static boolean hasExpression(String text) {
        return text.contains("${") || text.contains("#{");
    }

    /** Null when the text is allowed for its use; otherwise the reason, in Bahasa Indonesia. */
    static String check(String text, Use use) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        while (true) {
            int dollar = text.indexOf("${", from);
            int hash = text.indexOf("#{", from);
            int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
            if (start < 0) {
                break;
            }
            String body;
            Parser parser;
            try {
                List<Token> tokens = new ArrayList<>();
                int end = tokenize(text, start + 2, tokens);
                spans.add(new int[] {start, end});
                body = text.substring(start, end + 1);
                parser = new Parser(tokens);
                boolean beanCall = parser.parseAll();
                String useProblem = useProblem(use, tokens, beanCall);
                if (useProblem != null) {
                    return "ekspresi \"" + body + "\" tidak diizinkan: " + useProblem;
                }
                from = end + 1;
            } catch (Refused e) {
                return "ekspresi \"" + shorten(text.substring(start)) + "\" tidak diizinkan: " + e.getMessage();
            }
        }
        if (use != Use.VALUE) {
            boolean whole = spans.size() == 1 && text.substring(0, spans.get(0)[0]).isBlank()
                    && text.substring(spans.get(0)[1] + 1).isBlank();
            if (!whole) {
                return use == Use.DELEGATE
                        ? "delegateExpression harus berupa satu bean Jenjang untuk model, misalnya ${recordRatingDelegate}"
                        : "ekspresi harus berupa satu pemanggilan bean Jenjang untuk model, misalnya "
                                + "${promotionRouting.dueDate(execution)}";
            }
        }
        return null;
    }

    private static String useProblem(Use use, List<Token> tokens, boolean beanCall) {
        switch (use) {
            case DELEGATE:
                if (tokens.size() != 1 || tokens.get(0).type != Type.IDENT || !ModelBeans.isBean(tokens.get(0).text)) {
                    return "delegateExpression harus menyebut satu bean Jenjang untuk model (daftar di ModelBeans), "
                            + "bukan ekspresi lain";
                }
                return null;
            case BEAN_CALL:
                return beanCall ? null : "ekspresi listener atau tugas layanan harus memanggil bean Jenjang untuk model "
                        + "(daftar di ModelBeans)";
            default:
                return null;
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    // ---------------------------------------------------------------------------------------------- tokens

    private enum Type { IDENT, NUMBER, STRING, OP, LPAREN, RPAREN, DOT, COMMA, QUESTION, COLON }

    private record Token(Type type, String text) {
    }

    /** Tokens up to the closing brace; returns the brace's index. */
    private static int tokenize(String s, int i, List<Token> out) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '}') {
                if (out.isEmpty()) {
                    throw new Refused("ekspresi kosong");
                }
                return i;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                StringBuilder value = new StringBuilder();
                while (j < s.length() && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                        j++;
                    }
                    value.append(s.charAt(j));
                    j++;
                }
                if (j >= s.length()) {
                    throw new Refused("teks dalam tanda kutip tidak ditutup");
                }
                out.add(new Token(Type.STRING, value.toString()));
                i = j + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                    j++;
                    if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                        j++;
                    }
                    while (j < s.length() && Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                }
                out.add(new Token(Type.NUMBER, s.substring(i, j)));
                i = j;
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                int j = i + 1;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j)) && s.charAt(j) != '$') {
                    j++;
                }
                out.add(new Token(Type.IDENT, s.substring(i, j)));
                i = j;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
                    out.add(new Token(Type.OP, two));
                    i += 2;
                } else if ("<>!+-*/%".indexOf(c) >= 0) {
                    out.add(new Token(Type.OP, String.valueOf(c)));
                    i++;
                } else if (c == '(') {
                    out.add(new Token(Type.LPAREN, "("));
                    i++;
                } else if (c == ')') {
                    out.add(new Token(Type.RPAREN, ")"));
                    i++;
                } else if (c == '.') {
                    out.add(new Token(Type.DOT, "."));
                    i++;
                } else if (c == ',') {
                    out.add(new Token(Type.COMMA, ","));
                    i++;
                } else if (c == '?') {
                    out.add(new Token(Type.QUESTION, "?"));
                    i++;
                } else if (c == ':') {
                    out.add(new Token(Type.COLON, ":"));
                    i++;
                } else {
                    throw new Refused("tanda \"" + c + "\" tidak diizinkan");
                }
            }
        }
        throw new Refused("ekspresi tidak ditutup dengan \"}\"");
    }

    // ---------------------------------------------------------------------------------------------- parser

    /** Recursive descent over EL's operator precedence; knows only what the grammar above allows. */
    private static final class Parser {

        private final List<Token> tokens;
        private int pos;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** Parses the whole expression; true when it is exactly one call or read on an allowed bean. */
        boolean parseAll() {
            boolean beanCall = ternary();
            if (pos < tokens.size()) {
                throw new Refused("tanda \"" + tokens.get(pos).text + "\" tidak diharapkan di sini");
            }
            return beanCall;
        }

        private boolean ternary() {
            boolean single = or();
            if (accept(Type.QUESTION)) {
                ternary();
                expect(Type.COLON, ":");
                ternary();
                return false;
            }
            return single;
        }

        private boolean or() {
            boolean single = and();
            while (acceptOp("||", "or")) {
                and();
                single = false;
            }
            return single;
        }

        private boolean and() {
            boolean single = equality();
            while (acceptOp("&&", "and")) {
                equality();
                single = false;
            }
            return single;
        }

        private boolean equality() {
            boolean single = relational();
            while (acceptOp("==", "!=", "eq", "ne")) {
                relational();
                single = false;
            }
            return single;
        }

        private boolean relational() {
            boolean single = additive();
            while (acceptOp("<", ">", "<=", ">=", "lt", "gt", "le", "ge")) {
                additive();
                single = false;
            }
            return single;
        }

        private boolean additive() {
            boolean single = multiplicative();
            while (acceptOp("+", "-")) {
                multiplicative();
                single = false;
            }
            return single;
        }

        private boolean multiplicative() {
            boolean single = unary();
            while (acceptOp("*", "/", "%", "div", "mod")) {
                unary();
                single = false;
            }
            return single;
        }

        private boolean unary() {
            if (acceptOp("!", "not", "-", "empty")) {
                unary();
                return false;
            }
            return primary();
        }

        private boolean primary() {
            Token t = next();
            boolean beanCall = false;
            switch (t.type) {
                case NUMBER, STRING -> {
                }
                case LPAREN -> {
                    ternary();
                    expect(Type.RPAREN, ")");
                }
                case IDENT -> {
                    if (OPERATOR_WORDS.contains(t.text)) {
                        throw new Refused("kata \"" + t.text + "\" tidak diharapkan di sini");
                    }
                    if (LITERAL_WORDS.contains(t.text)) {
                        break;
                    }
                    if (peek(Type.LPAREN)) {
                        if (!ModelBeans.ENGINE_FUNCTIONS.contains(t.text)) {
                            throw new Refused("fungsi \"" + t.text + "\" tidak dikenal");
                        }
                        arguments();
                    } else if (accept(Type.DOT)) {
                        Token member = next();
                        if (member.type != Type.IDENT) {
                            throw new Refused("nama setelah \"" + t.text + ".\" tidak sah");
                        }
                        if (!ModelBeans.isBean(t.text)) {
                            throw new Refused("\"" + t.text + "." + member.text + "\": hanya bean Jenjang untuk model "
                                    + "(daftar di ModelBeans) yang boleh dipanggil, dan \"" + t.text
                                    + "\" bukan salah satunya");
                        }
                        if (!ModelBeans.allowsMember(t.text, member.text)) {
                            throw new Refused("\"" + member.text + "\" pada bean \"" + t.text
                                    + "\" tidak terdaftar untuk model (daftar di ModelBeans)");
                        }
                        if (peek(Type.LPAREN)) {
                            arguments();
                        }
                        beanCall = true;
                    }
                }
                default -> throw new Refused("tanda \"" + t.text + "\" tidak diharapkan di sini");
            }
            if (peek(Type.DOT) || peek(Type.LPAREN)) {
                String shown = t.type == Type.STRING ? "'" + t.text + "'" : t.type == Type.LPAREN ? "(...)" : t.text;
                throw new Refused("hasil " + shown + " tidak boleh diakses atau dipanggil lebih lanjut: "
                        + "hanya anggota bean Jenjang untuk model yang boleh dipanggil");
            }
            return beanCall;
        }

        private void arguments() {
            expect(Type.LPAREN, "(");
            if (accept(Type.RPAREN)) {
                return;
            }
            do {
                ternary();
            } while (accept(Type.COMMA));
            expect(Type.RPAREN, ")");
        }

        private Token next() {
            if (pos >= tokens.size()) {
                throw new Refused("ekspresi tidak lengkap");
            }
            return tokens.get(pos++);
        }

        private boolean peek(Type type) {
            return pos < tokens.size() && tokens.get(pos).type == type;
        }

        private boolean accept(Type type) {
            if (peek(type)) {
                pos++;
                return true;
            }
            return false;
        }

        private boolean acceptOp(String... ops) {
            if (pos < tokens.size() && (tokens.get(pos).type == Type.OP || tokens.get(pos).type == Type.IDENT)
                    && List.of(ops).contains(tokens.get(pos).text)) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(Type type, String text) {
            if (!accept(type)) {
                throw new Refused("\"" + text + "\" diharapkan");
            }
        }
    }

    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
