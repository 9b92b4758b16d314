package org.partydesk.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop window (being written). */
public final class PartyDeskApp extends Application {
    public static void launchWindow(String[] args) {
        Application.launch(PartyDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("党务台账");
        stage.setScene(new Scene(new Label("党务台账"), 800, 600));
        stage.show();
    }
}
