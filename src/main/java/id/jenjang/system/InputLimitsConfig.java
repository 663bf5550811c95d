package id.jenjang.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.jenjang.csvimport.TextRules;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.unit.DataSize;

/**
 * What /api accepts as input (docs/integrity.md, "Imports and inputs"): a size limit on every body, and JSON
 * strings without control characters. CSV cells are checked by {@link id.jenjang.csvimport.CsvTable}.
 */
@Configuration
public class InputLimitsConfig {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimitRegistration(
            @Value("${jenjang.input.max-upload-size:10MB}") DataSize maxUpload,
            @Value("${jenjang.input.max-json-size:64KB}") DataSize maxJson) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(maxUpload, maxJson));
        registration.addUrlPatterns("/api/*");
        registration.setName("request-size-limit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }

    /**
     * The JSON that controllers read: Spring's ObjectMapper plus the control-character check on every string,
     * so a NUL in any field is a 400 naming that field (via {@link ApiErrorHandler}) before a controller runs.
     * A copy: the application's own ObjectMapper (reading stored JSON) is left as it is.
     */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper objectMapper) {
        SimpleModule module = new SimpleModule("jenjang-input-text");
        module.addDeserializer(String.class, new CheckedString());
        return new MappingJackson2HttpMessageConverter(objectMapper.copy().registerModule(module));
    }

    /** A JSON string, refused when it holds a control character (tab and line breaks are text). */
    static final class CheckedString extends StdScalarDeserializer<String> {

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            Optional<String> control = value == null ? Optional.empty() : TextRules.controlCharacter(value);
            if (control.isPresent()) {
                throw InvalidFormatException.from(parser, "berisi karakter kendali (" + control.get() + ")", value,
                        String.class);
            }
            return value;
        }
    }
}
