package org.caravan.api;

import org.caravan.api.cli.CaravanCli;
import org.springframework.boot.SpringApplication;

/** One jar, two faces: {@code solve ...} and the other commands run in the terminal; anything else starts the service. */
public final class CaravanMain {

    private CaravanMain() {
    }

    public static void main(String[] args) {
        if (CaravanCli.handles(args)) {
            System.exit(CaravanCli.run(args, System.out, System.err));
        }
        SpringApplication.run(CaravanApplication.class, args);
    }
}
