package id.jenjang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JenjangApplication {

    public static void main(String[] args) {
        SpringApplication.run(JenjangApplication.class, args);
    }
}
