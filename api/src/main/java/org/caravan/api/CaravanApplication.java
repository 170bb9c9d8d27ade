package org.caravan.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CaravanApplication {
}
