package controlmap.store.jdbc;

import controlmap.store.SharedValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The few places where SQLite (GeoPackage) and PostgreSQL differ for the tables every SQL store shares: how days
 * and instants are bound and read, how ids sort byte-wise, how to ask whether a table exists.
 */
public interface SqlDialect {

    /** ORDER BY expression for byte order of {@code id} ({@code id} in SQLite, {@code id COLLATE "C"} in PostgreSQL). */
    String idOrder();

    /** True when the table {@code name} exists in the store's schema. */
    boolean tableExists(Connection c, String name) throws SQLException;

    /** Binds a day (may be null) to parameter {@code i}. */
    void bindDate(PreparedStatement ps, int i, LocalDate day) throws SQLException;

    /** Binds an instant (may be null) to parameter {@code i}. */
    void bindInstant(PreparedStatement ps, int i, Instant t) throws SQLException;

    /** The day in {@code column} of the current row, or null; equal days shared through {@code shared}. */
    LocalDate date(ResultSet rs, int column, SharedValues shared) throws SQLException;

    /** The instant in {@code column} of the current row, or null; equal instants shared through {@code shared}. */
    Instant instant(ResultSet rs, int column, SharedValues shared) throws SQLException;
}
