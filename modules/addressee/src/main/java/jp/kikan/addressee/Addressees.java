package jp.kikan.addressee;

import java.util.Optional;

/** 宛名 for every business: the basic information behind any 宛名番号 of the municipality, resident or not. */
public interface Addressees {

    /** The person with this 宛名番号 in either pool, for the bound tenant. */
    Optional<Addressee> find(String atenabango);
}
