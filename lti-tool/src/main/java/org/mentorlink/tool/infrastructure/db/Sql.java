package org.mentorlink.tool.infrastructure.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native SQL with numbered parameters ({@code ?1}, {@code ?2} …), run through the persistence
 * unit's transaction ({@link #of(EntityManager)}) or on a plain JDBC connection ({@link
 * #of(Connection)}, for tests against a real database): the background jobs' claiming statements
 * are written once and tested as they run.
 */
public interface Sql {
  /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
  int update(String sql, Object... params);

  /** At most {@code max} rows of a query, each as its columns. */
  List<Object[]> rows(String sql, int max, Object... params);

  /** Through the entity manager, in its transaction. */
  static Sql of(EntityManager em) {
    return new Sql() {
      @Override
      public int update(String sql, Object... params) {
        return bind(em.createNativeQuery(sql), params).executeUpdate();
      }

      @Override
      public List<Object[]> rows(String sql, int max, Object... params) {
        List<?> raw = bind(em.createNativeQuery(sql), params).setMaxResults(max).getResultList();
        List<Object[]> out = new ArrayList<>(raw.size());
        for (Object r : raw) {
          out.add(r instanceof Object[] a ? a : new Object[] {r});
        }
        return out;
      }

      private Query bind(Query q, Object[] params) {
        for (int i = 0; i < params.length; i++) {
          q.setParameter(i + 1, params[i]);
        }
        return q;
      }
    };
  }

  /** On a JDBC connection (its own transaction mode). */
  static Sql of(Connection c) {
    return new Sql() {
      @Override
      public int update(String sql, Object... params) {
        try (PreparedStatement s = prepare(sql, params)) {
          return s.executeUpdate();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public List<Object[]> rows(String sql, int max, Object... params) {
        try (PreparedStatement s = prepare(sql, params)) {
          s.setMaxRows(max);
          try (ResultSet rs = s.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            List<Object[]> out = new ArrayList<>();
            while (rs.next()) {
              Object[] row = new Object[n];
              for (int i = 0; i < n; i++) {
                row[i] = rs.getObject(i + 1);
              }
              out.add(row);
            }
            return out;
          }
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }

      private PreparedStatement prepare(String sql, Object[] params) throws SQLException {
        Matcher m = NUMBERED.matcher(sql);
        List<Object> ordered = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
          ordered.add(params[Integer.parseInt(m.group(1)) - 1]);
          m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement s = c.prepareStatement(jdbc.toString());
        for (int i = 0; i < ordered.size(); i++) {
          s.setObject(i + 1, ordered.get(i));
        }
        return s;
      }
    };
  }

  /** A numbered parameter. */
  Pattern NUMBERED = Pattern.compile("\\?(\\d+)");
}
