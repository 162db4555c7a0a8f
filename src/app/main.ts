/** Entry point of the explorer page. */
import "./faultlines-app";
