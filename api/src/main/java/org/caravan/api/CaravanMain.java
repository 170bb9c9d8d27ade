package org.caravan.api;

import org.caravan.api.cli.CaravanCli;
import org.springframework.boot.SpringApplication;

/**
 * One jar, two faces: no arguments (or only {@code --name=value} settings) start the service; anything else is a
 * command line ({@code solve ...}, {@code --help}), and a command line never starts the service.
 */
public final class CaravanMain {

    private CaravanMain() {
    }

    public static void main(String[] args) {
        if (!CaravanCli.startsService(args)) {
            System.exit(CaravanCli.run(args, System.out, System.err));
        }
        SpringApplication.run(CaravanApplication.class, args);
    }
}
